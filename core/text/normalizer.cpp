#include "core/text/normalizer.h"
