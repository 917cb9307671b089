#include "core/document/metadataextractor.h"
