#include "ui/reader/readerview.h"
