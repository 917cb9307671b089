#include "ui/reader/sectiontreemodel.h"
