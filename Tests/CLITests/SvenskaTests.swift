import Foundation
import Testing

/// Everything the user reads is Swedish, argument-parser's own usage errors and help included.
@Suite("Svenska meddelanden")
struct SvenskaTests {
    /// argument-parser's English phrases, none of which may reach the user.
    static let engelska = ["Error:", "Usage:", "Help:", "See '", "Missing", "Unknown option", "Unexpected argument", "is invalid",
                           "Please provide", "OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show help",
                           "default:", "had already been set", "Did you mean", "for more information",
                           "unexpected arguments", "does not take", "Invalid option", "Missing required", " or: "]

    @Test("Usage errors: code 64, in Swedish, naming the flag or argument", arguments: [
        (["uppfoljning", "prognos", "--metod", "x", "--period", "2018-08"], "Värdet 'x' duger inte för '--metod <metod>'"),
        (["uppfoljning", "prognos", "--period", "2018-08"], "Argumentet '--metod <metod>' saknas"),
        (["uppfoljning", "prognos", "--metod", "profil", "--period", "2018-08", "--forsoning", "upp"],
         "Värdet 'upp' duger inte för '--forsoning <forsoning>'. Ange en av 'nedifran' eller 'mint'."),
        (["uppfoljning", "backtest", "--forsoning", "avstamning"], "Värdet 'avstamning' duger inte för '--forsoning <forsoning>'"),
        (["run", "--foo"], "Okänd flagga '--foo'"),
        (["run", "a", "b"], "Oväntat argument 'b'"),
        (["befolkning", "--horisont", "abc"], "Värdet 'abc' duger inte för '--horisont <horisont>'"),
        (["befolkning", "--horisont", "0"], "--horisont ska vara 1–200 år."),
        (["uppfoljning", "import", "x.csv"], "Ange en av: '--utfall', '--budget', '--organisation', '--kontoplan', '--drivare'"),
        (["uppfoljning", "import", "--utfall", "--budget", "x.csv"], "'--budget' och '--utfall' kan inte anges samtidigt"),
        (["hej"], "Oväntat argument 'hej'"),
        (["personal", "a", "b", "c"], "2 oväntade argument: 'b', 'c'"),
        (["befolkning", "--tyst=ja"], "Flaggan '--tyst' tar inget värde, men fick 'ja'."),
        (["kor", "--seed", "-5"], "Värde saknas för '--seed <seed>': \"-5\" läses som en flagga; värdet kan inte vara negativt"),
        (["uppfoljning", "rapport", "--period", "2018-08", "--version", "3", "--foregaende", "3"],
         "--foregaende ska vara en annan version än --version"),
    ])
    func anvandningsfel(argument: [String], text: String) throws {
        let k = try Korning.kor(argument)
        #expect(k.status == 64 && k.stdout.isEmpty)
        #expect(k.stderr.hasPrefix("Fel: ") && k.stderr.contains(text) && k.stderr.contains("Användning: prognos"), "\(k.stderr)")
        for fras in Self.engelska { #expect(!k.stderr.contains(fras), "\(argument): \(fras) i \(k.stderr)") }
    }

    @Test("Input errors: code 1, a true statement of what is wrong and what would do, no libyaml English on its own", arguments: [
        (["befolkning", "--basar", "2020"], "året 2020 ligger efter datans sista år, 2015 (data för 1968–2015)"),
        (["befolkning", "--basar", "1972"], "data för 10 Blekinge län börjar 1968: det första basår som går är 1973"),
        (["personal", "--satt", "pensionsforskjutning=0.5"], "förväntade ett helt antal år, fick \"0.5\""),
        (["kor", "--satt", "personal.befolkning.migration.skala=0.5"], "personalens befolkning används inte i en kedja"),
        (["personal", "--satt", "grupper.tandläkare.rekryteringskapacitet=5"],
         "yrkesgruppen tandläkare finns inte i scenariot (det har läkare, sjuksköterskor, undersköterskor, övriga)"),
        (["personal", "--satt", "heltid={mal: 0, ar: 2025}"], "förväntade en procentsats mellan 1 och 100, fick 0"),
        (["personal", "--satt", "grupper.läkare={personalomsattning: 7, rekryteringskapacitet: 40, timpris: 1200, hyrtak: 1 2: 3}"],
         "ogiltig YAML: "),
    ])
    func inmatningsfel(argument: [String], text: String) throws {
        let k = try Korning.kor(argument)
        #expect(k.status == 1, "\(k.stderr)")
        #expect(k.stderr.contains(text), "\(k.stderr)")
        #expect(!k.stderr.contains("ogiltig YAML (") && !k.stderr.contains("mellan -10 och 10"), "\(k.stderr)")
    }

    @Test("Help for every command is Swedish", arguments: [
        ["--help"], ["run", "--help"], ["befolkning", "--help"], ["befolkning", "backtest", "--help"], ["personal", "--help"],
        ["uppfoljning", "--help"], ["uppfoljning", "import", "--help"], ["uppfoljning", "prognos", "--help"],
        ["uppfoljning", "backtest", "--help"], ["uppfoljning", "avvikelse", "--help"], ["uppfoljning", "kontrollera", "--help"],
        ["uppfoljning", "rapport", "--help"], ["help", "uppfoljning"], ["kor", "--help"], ["serve", "--help"],
    ])
    func hjalp(argument: [String]) throws {
        let k = try Korning.kor(argument)
        #expect(k.status == 0 && k.stderr.isEmpty)
        #expect(k.stdout.contains("ANVÄNDNING: prognos") && k.stdout.contains("Visa hjälpen."), "\(k.stdout)")
        for fras in Self.engelska { #expect(!k.stdout.contains(fras), "\(argument): \(fras)") }
    }
}
