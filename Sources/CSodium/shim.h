#ifndef COOP_CSODIUM_SHIM_H
#define COOP_CSODIUM_SHIM_H
#include <sodium.h>
#endif
