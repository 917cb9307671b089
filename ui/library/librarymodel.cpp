#include "ui/library/librarymodel.h"
