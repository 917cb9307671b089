#include "ui/reader/outlinedock.h"
