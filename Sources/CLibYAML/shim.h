#ifndef PREFLIGHT_CLIBYAML_SHIM_H
#define PREFLIGHT_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
