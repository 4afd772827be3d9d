import Foundation

/// The codes that name units (enhet) and rows (konto) in the ledger: what an export may use, and how
/// codes are compared. A code is at most 60 characters, starts with a letter or a digit, and otherwise
/// holds letters, digits, single spaces (not at the end) and `- _ . , / & ( ) +`, so "182", "4010", "Övrig personal" and
/// "Lokal- och fastighetskostn" are codes. Codes are stored in Unicode NFC form, so "ä" written as one
/// character or as "a" with a combining diaeresis is the same code in the file and in the database.
public enum Kod {
    /// The longest code.
    public static let maxLangd = 60

    /// The punctuation a code may hold besides letters, digits and spaces.
    static let skiljetecken: Set<Character> = ["-", "_", ".", ",", "/", "&", "(", ")", "+"]

    /// Why `text` is no code, in Swedish, or nil when it is one.
    public static func problem(_ text: String) -> String? {
        guard let forsta = text.first else { return "koden är tom" }
        guard text.count <= maxLangd else { return "koden har \(text.count) tecken; högst \(maxLangd) tillåts" }
        guard forsta.isLetter || forsta.isNumber else {
            return "koden ska börja med en bokstav eller siffra, inte \"\(forsta)\""
        }
        var foregaendeMellanslag = false
        for tecken in text {
            if tecken == " " {
                guard !foregaendeMellanslag else { return "koden har två mellanslag i rad" }
                foregaendeMellanslag = true
                continue
            }
            foregaendeMellanslag = false
            guard tecken.isLetter || tecken.isNumber || skiljetecken.contains(tecken) else {
                return "koden innehåller tecknet \"\(tecken)\"; tillåtna är bokstäver, siffror, mellanslag och - _ . , / & ( ) +"
            }
        }
        return foregaendeMellanslag ? "koden slutar med ett mellanslag" : nil
    }

    /// The stored form of a valid code: Unicode NFC.
    public static func normaliserad(_ text: String) -> String {
        String(text.precomposedStringWithCanonicalMapping)
    }
}
