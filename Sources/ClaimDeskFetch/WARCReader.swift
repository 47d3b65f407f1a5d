import ClaimDeskModel
import ClaimDeskText
public import Foundation

/// Reads WARC files back: plain or one gzip member per record (as ``WARCWriter`` writes), strictly.
///
/// A record is a version line, named fields, a blank line, exactly `Content-Length` bytes of block and a
/// CRLF CRLF end. Anything else (a missing or non-numeric length, a block past the end of the file, a head
/// that is not UTF-8 or longer than the limit, a truncated gzip member) is a ``WARCReadError`` that says
/// where; nothing is guessed.
public enum WARCReader {
    /// Bounds on what one record may hold.
    public struct Limits: Sendable, Hashable {
        /// The largest record head (version line and fields).
        public var maxHeadBytes: Int
        /// The largest block, and the most one gzip member may inflate to.
        public var maxRecordBytes: Int

        /// Creates limits: 64 KiB of head and 256 MiB of block by default.
        public init(maxHeadBytes: Int = 64 * 1024, maxRecordBytes: Int = 256 * 1024 * 1024) {
            self.maxHeadBytes = maxHeadBytes
            self.maxRecordBytes = maxRecordBytes
        }
    }

    /// Every record of a WARC file's bytes.
    ///
    /// - Throws: ``WARCReadError`` at the first record that cannot be read.
    public static func records(_ bytes: [UInt8], limits: Limits = Limits()) throws(WARCReadError) -> [WARCRecord] {
        var records: [WARCRecord] = []
        var offset = 0
        while offset < bytes.count {
            let (found, next) = try read(bytes, at: offset, limits: limits)
            records += found
            offset = next
        }
        return records
    }

    /// The record that starts at `offset` (a gzip member's offset, as ``WARCLocation`` stores).
    ///
    /// - Throws: ``WARCReadError`` when no complete record starts there.
    public static func record(_ bytes: [UInt8], at offset: Int, limits: Limits = Limits()) throws(WARCReadError)
        -> WARCRecord
    {
        guard offset >= 0, offset < bytes.count else {
            throw WARCReadError("no record at offset \(offset): the file has \(bytes.count) bytes", offset: offset)
        }
        guard let first = try read(bytes, at: offset, limits: limits).records.first else {
            throw WARCReadError("no record at offset \(offset)", offset: offset)
        }
        return first
    }

    /// The record at `location` in the archive folder `directory`, read without loading the rest of the file.
    ///
    /// - Throws: ``WARCReadError`` when the file is missing or unreadable, or no record starts there.
    public static func record(at location: WARCLocation, in directory: URL, limits: Limits = Limits())
        throws(WARCReadError) -> WARCRecord
    {
        guard !location.file.contains("/"), !location.file.hasPrefix(".") else {
            throw WARCReadError("refusing WARC file name \(location.file): not a plain file name", offset: 0)
        }
        let url = directory.appendingPathComponent(location.file)
        let bytes: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            try handle.seek(toOffset: UInt64(max(0, location.offset)))
            bytes = [UInt8](try handle.read(upToCount: limits.maxRecordBytes + limits.maxHeadBytes + 1024) ?? Data())
        } catch {
            throw WARCReadError("cannot read \(url.path): \(error.localizedDescription)", offset: location.offset)
        }
        var record = try record(bytes, at: 0, limits: limits)
        record.offset = location.offset
        return record
    }

    /// The records of the gzip member or the plain record at `offset`, and where the next one starts.
    private static func read(_ bytes: [UInt8], at offset: Int, limits: Limits) throws(WARCReadError)
        -> (records: [WARCRecord], next: Int)
    {
        guard bytes.count - offset >= 2, bytes[offset] == 0x1f, bytes[offset + 1] == 0x8b else {
            let (record, next) = try plainRecord(bytes, at: offset, origin: offset, limits: limits)
            return ([record], next)
        }
        guard let member = Gzip.inflateMember(bytes, at: offset, maxBytes: limits.maxRecordBytes + limits.maxHeadBytes)
        else {
            throw WARCReadError("the gzip member at offset \(offset) is truncated, corrupt or too large", offset: offset)
        }
        var records: [WARCRecord] = []
        var inner = 0
        while inner < member.output.count {
            let (record, next) = try plainRecord(member.output, at: inner, origin: offset, limits: limits)
            records.append(record)
            inner = next
        }
        return (records, offset + member.consumed)
    }

    /// One uncompressed record at `offset` of `bytes`; `origin` is the file offset reported in the record and errors.
    private static func plainRecord(_ bytes: [UInt8], at offset: Int, origin: Int, limits: Limits)
        throws(WARCReadError) -> (WARCRecord, next: Int)
    {
        guard let end = headEnd(bytes, from: offset, limit: limits.maxHeadBytes) else {
            throw WARCReadError(
                "the record at offset \(origin) has no complete head (blank line) within \(limits.maxHeadBytes) bytes",
                offset: origin
            )
        }
        guard let lines = headLines(bytes[offset..<end]), let version = lines.first,
            version.hasPrefix("WARC/"), version.count <= 16
        else {
            throw WARCReadError("the record at offset \(origin) does not start with a WARC version line", offset: origin)
        }
        guard let fields = fields(lines.dropFirst()) else {
            throw WARCReadError("the record at offset \(origin) has a malformed field line", offset: origin)
        }
        let lengths = Set(fields.filter { $0.name.lowercased() == "content-length" }.map(\.value))
        guard lengths.count <= 1 else {
            throw WARCReadError("the record at offset \(origin) has conflicting Content-Length fields", offset: origin)
        }
        let lengthText = lengths.first ?? ""
        guard !lengthText.isEmpty, lengthText.utf8.count <= 18, lengthText.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let length = Int(lengthText)
        else {
            throw WARCReadError("the record at offset \(origin) has no valid Content-Length", offset: origin)
        }
        let blockStart = end + 4
        guard length <= limits.maxRecordBytes, length <= bytes.count - blockStart else {
            throw WARCReadError(
                "the record at offset \(origin) says \(length) bytes but the file ends first or the limit is passed",
                offset: origin
            )
        }
        let blockEnd = blockStart + length
        guard bytes.count - blockEnd >= 4, bytes[blockEnd..<(blockEnd + 4)].elementsEqual([13, 10, 13, 10]) else {
            throw WARCReadError("the record at offset \(origin) does not end with CRLF CRLF", offset: origin)
        }
        let record = WARCRecord(
            version: version,
            fields: fields,
            block: Array(bytes[blockStart..<blockEnd]),
            offset: origin
        )
        return (record, blockEnd + 4)
    }

    /// The index of the CRLF CRLF that ends a head starting at `start`, looked for within `limit` bytes.
    static func headEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        let stop = min(bytes.count - 3, start + max(0, limit))
        var index = start
        while index < stop {
            if bytes[index] == 13, bytes[index + 1] == 10, bytes[index + 2] == 13, bytes[index + 3] == 10 {
                return index
            }
            index += 1
        }
        return nil
    }

    /// A head's lines (CRLF-separated), or nil when it is not UTF-8 or holds a bare CR, LF or NUL.
    static func headLines(_ head: ArraySlice<UInt8>) -> [String]? {
        guard let text = String(validating: head, as: UTF8.self) else { return nil }
        let lines = text.components(separatedBy: "\r\n")
        for line in lines where line.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) {
            return nil
        }
        return lines
    }

    /// `Name: value` lines, with continuation lines (starting with a space or tab) joined to the field before.
    static func fields<Lines: Collection<String>>(_ lines: Lines) -> [HTTPHeader]? {
        var fields: [HTTPHeader] = []
        for line in lines {
            if let first = line.unicodeScalars.first, first == " " || first == "\t" {
                guard !fields.isEmpty else { return nil }
                fields[fields.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = String(line[..<colon])
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.value > 32 && $0.value < 127 }) else {
                return nil
            }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields.append(HTTPHeader(name: name, value: value))
        }
        return fields
    }
}

/// Why a WARC file or record could not be read: what is wrong and at which byte offset.
public struct WARCReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, with the offset.
    public var description: String
    /// The file offset of the record that could not be read.
    public var offset: Int

    init(_ description: String, offset: Int) {
        self.description = description
        self.offset = offset
    }
}
