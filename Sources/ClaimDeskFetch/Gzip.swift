import ClaimDeskModel
import ClaimDeskText
import CZlib

/// gzip compression over the system zlib: one gzip member per call, as WARC files want one per record.
package enum Gzip {
    /// Compresses `bytes` into one complete gzip member.
    ///
    /// - Returns: the member, or nil when zlib fails (out of memory).
    package static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8]? {
        var stream = z_stream()
        guard czlib_deflate_init_gzip(&stream, level) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(bytes.count))) + 32
        var output = [UInt8](repeating: 0, count: bound)
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        output.removeLast(Int(stream.avail_out))
        return output
    }

    /// Decompresses gzip or zlib data (every concatenated gzip member), stopping with nil past `maxBytes`.
    package static func decompress(_ bytes: [UInt8], maxBytes: Int = 256 * 1024 * 1024) -> [UInt8]? {
        var output = [UInt8]()
        var offset = 0
        while offset < bytes.count {
            guard let member = inflateMember(bytes, at: offset, maxBytes: maxBytes - output.count) else { return nil }
            output.append(contentsOf: member.output)
            offset += member.consumed
        }
        return output
    }

    /// Decompresses the one gzip (or zlib) member that starts at `offset`.
    ///
    /// - Returns: the member's bytes and how many input bytes it took, or nil when the data is not a complete
    ///   member or inflates past `maxBytes`.
    package static func inflateMember(
        _ bytes: [UInt8],
        at offset: Int,
        maxBytes: Int = 256 * 1024 * 1024
    ) -> (output: [UInt8], consumed: Int)? {
        guard offset >= 0, offset < bytes.count, maxBytes >= 0 else { return nil }
        var output = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var stream = z_stream()
        guard czlib_inflate_init_auto(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var status = Z_OK
        // zlib never writes through `next_in`; the pointer is mutable only in its C signature.
        let consumed: Int? = bytes.withUnsafeBufferPointer { inputBuffer in
            guard let base = inputBuffer.baseAddress else { return nil }
            stream.next_in = UnsafeMutablePointer(mutating: base + offset)
            stream.avail_in = uInt(inputBuffer.count - offset)
            while status != Z_STREAM_END {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return chunkBuffer.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END else { return nil }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > maxBytes { return nil }
                if status == Z_OK, produced == 0, stream.avail_in == 0 { return nil }
            }
            return inputBuffer.count - offset - Int(stream.avail_in)
        }
        guard let consumed, consumed > 0 else { return nil }
        return (output, consumed)
    }
}
