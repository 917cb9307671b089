#include "core/import/pdfextractor.h"
