import Foundation

/// argument-parser's own texts — usage errors, usage lines and the help's headings — in Swedish, so that
/// everything the user reads is Swedish. The commands' own help and messages are written in Swedish
/// already; these are the library's fixed phrases, matched as it writes them (version 1.8).
enum Svenska {
    /// Phrase patterns and their Swedish; `$1`, `$2` are the captured names and values.
    private static let fraser: [(monster: String, svenska: String)] = [
        (#"^Error: "#, "Fel: "),
        (#"(?m)^Usage: "#, "Användning: "),
        (#"(?m)^Help: "#, "Hjälp: "),
        (#"See '([^']+) --help' for more information\."#, "Se '$1 --help' för mer information."),
        (#"See '([^']+) help ([^']+) <subcommand>' for detailed help\."#,
         "Se '$1 help $2 <underkommando>' för hjälp om ett underkommando."),
        (#"See '([^']+) help <subcommand>' for detailed help\."#, "Se '$1 help <underkommando>' för hjälp om ett underkommando."),
        (#"Missing expected argument '([^']+)'"#, "Argumentet '$1' saknas"),
        (#"Missing value for '([^']+)'"#, "Värde saknas för '$1'"),
        (#"Missing one of: "#, "Ange en av: "),
        (#"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#, "Okänd flagga '$1'. Menade du '$2'?"),
        (#"Unknown option '([^']+)'"#, "Okänd flagga '$1'"),
        (#"Unexpected arguments "#, "Oväntade argument "),
        (#"(\d+) unexpected arguments: "#, "$1 oväntade argument: "),
        (#"The option '([^']+)' does not take any value, but '([^']*)' was specified\."#,
         "Flaggan '$1' tar inget värde, men fick '$2'."),
        (#"(?m)^(\s+)or: "#, "$1eller: "),
        (#"(Värde saknas för '[^']+') in '"#, "$1 i '"),
        (#"Invalid option: "#, "Ogiltig flagga: "),
        (#"Missing required subcommand\."#, "Underkommando saknas."),
        (#"Unexpected argument "#, "Oväntat argument "),
        (#"The value '([^']*)' is invalid for '([^']+)'\. Please provide one of the following:"#,
         "Värdet '$1' duger inte för '$2'. Ange en av följande:"),
        (#"The value '([^']*)' is invalid for '([^']+)'\. Please provide one of "#, "Värdet '$1' duger inte för '$2'. Ange en av "),
        (#"The value '([^']*)' is invalid\."#, "Värdet '$1' duger inte."),
        (#"The value '([^']*)' is invalid for '([^']+)'"#, "Värdet '$1' duger inte för '$2'"),
        (#"Value to be set with flag '([^']+)' had already been set with flag '([^']+)'"#,
         "'$1' och '$2' kan inte anges samtidigt"),
        (#"(Ange en av '[^\n]*)' or '"#, "$1' eller '"),
        (#"(Ange en av '[^\n]*)' and '"#, "$1' eller '"),
        (#"(?m)^OVERVIEW:"#, "ÖVERSIKT:"),
        (#"(?m)^USAGE:"#, "ANVÄNDNING:"),
        (#"(?m)^ARGUMENTS:"#, "ARGUMENT:"),
        (#"(?m)^OPTIONS:"#, "FLAGGOR:"),
        (#"(?m)^SUBCOMMANDS:"#, "UNDERKOMMANDON:"),
        (#"Show help information\."#, "Visa hjälpen."),
        (#"\(default:(\s+)"#, "(standard:$1"),
        (#"\(values: "#, "(värden: "),
        (#";(\s+)default: "#, ";$1standard: "),
        (#"\(default\)"#, "(standard)"),
        (#"<subcommand>"#, "<underkommando>"),
        (#"Show subcommand help information\."#, "Visa hjälpen för ett underkommando."),
    ]

    /// `text` with argument-parser's phrases in Swedish. When a flag's value is missing because the word
    /// after it is a negative number, which argument-parser reads as a flag of its own, the message says so;
    /// `argument` is the command line.
    static func oversatt(_ text: String, argument: [String] = CommandLine.arguments) -> String {
        let svensk = fraser.reduce(text) { text, fras in
            text.replacingOccurrences(of: fras.monster, with: fras.svenska, options: .regularExpression)
        }
        guard let flagga = svensk.firstMatch(of: /Värde saknas för '(--[a-z-]+)/)?.1,
              let i = argument.firstIndex(of: String(flagga)), i + 1 < argument.count,
              argument[i + 1].wholeMatch(of: /-[0-9][0-9.,]*/) != nil,
              let radslut = svensk.firstIndex(of: "\n") else { return svensk }
        return String(svensk[..<radslut]) + ": \"\(argument[i + 1])\" läses som en flagga; värdet kan inte vara negativt"
            + svensk[radslut...]
    }
}
