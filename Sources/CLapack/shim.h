// Umbrella header for the numeric core: BLAS via OpenBLAS, LAPACK via LAPACKE.
#include <cblas.h>
#include <lapacke.h>
