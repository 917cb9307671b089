#include "app/cli/jsonoutput.h"
