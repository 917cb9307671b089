#include "core/store/librarystore.h"
