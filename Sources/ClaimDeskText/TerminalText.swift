/// Text made safe for a terminal: untrusted text (an article, a fetched title, a file name) never reaches it as
/// a control sequence.
///
/// Every C0 control but line feed and tab, DEL, every C1 control (so ESC and CSI sequences, OSC title changes,
/// screen clears), carriage return and backspace (which overwrite what was printed), and the bidirectional
/// overrides and isolates (which reorder what is shown) are written as visible `\u{…}` escapes; everything
/// else is kept as it is.
public enum TerminalText {
    /// Whether `scalar` must not reach a terminal raw.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` with every unsafe scalar written as `\u{1B}`-style visible text.
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
