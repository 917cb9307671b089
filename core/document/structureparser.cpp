#include "core/document/structureparser.h"
