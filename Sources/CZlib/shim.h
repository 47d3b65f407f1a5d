#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

#include <zlib.h>

// deflateInit2 and inflateInit2 are macros, which Swift cannot import.

static inline int czlib_deflate_init_gzip(z_stream *stream, int level) {
    // windowBits 15 + 16: write a gzip header and trailer.
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

static inline int czlib_inflate_init_auto(z_stream *stream) {
    // windowBits 15 + 32: accept zlib or gzip headers.
    return inflateInit2(stream, 15 + 32);
}

#endif
