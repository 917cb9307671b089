#include "ui/library/libraryview.h"
