#include "vaultcontroller.h"
