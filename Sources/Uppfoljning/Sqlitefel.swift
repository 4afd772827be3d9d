/// SQLite's primary result codes in plain Swedish, for messages about a ledger file.
enum Sqlitefel {
    static func text(_ kod: Int32) -> String {
        switch kod & 0xFF {
        case 5: return "liggaren används av en annan körning just nu; försök igen"
        case 6: return "liggaren är låst av en annan anslutning"
        case 7: return "minnet tog slut"
        case 8: return "liggaren kan inte skrivas (behörighet saknas eller filsystemet är skrivskyddat)"
        case 10: return "in- eller utmatningsfel på disken"
        case 11: return "databasfilen är skadad"
        case 13: return "disken är full"
        case 14: return "databasfilen kan inte öppnas (mappen finns inte eller behörighet saknas)"
        case 23: return "behörighet saknas"
        case 26: return "filen är ingen SQLite-databas"
        default: return "databasfel (SQLite-kod \(kod))"
        }
    }
}
