#include "ui/common/fonts.h"
