#include "core/import/textdecoder.h"
