#include "core/store/searchtext.h"
