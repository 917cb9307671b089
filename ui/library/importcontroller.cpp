#include "ui/library/importcontroller.h"
