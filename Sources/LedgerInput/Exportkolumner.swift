import Input
import Uppfoljning

/// Which columns of an export hold the unit, the row, the month and the amount, by their names in its
/// header — `enhet`, `konto`, `period` and `belopp` unless the user maps them, as an ekonomisystem names
/// them (`enhet=Ansvar,konto=Konto,period=Period,belopp=Belopp`). Names match without regard to case;
/// columns not named are ignored.
public struct Exportkolumner: Equatable, Sendable {
    public var enhet = "enhet", konto = "konto", period = "period", belopp = "belopp"

    /// The standard names.
    public init() {}

    /// The mapping as the user writes it: `namn=Rubrik` pairs separated by commas, each of enhet, konto,
    /// period and belopp (in any case) at most once; unnamed ones keep their standard name. A failure with the
    /// reason when it is not of that form.
    public static func tolka(_ text: String) -> Result<Exportkolumner, Problem> {
        var kolumner = Exportkolumner(), sedda = Set<String>()
        for par in text.split(separator: ",", omittingEmptySubsequences: false) {
            let delar = par.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard delar.count == 2, !delar[1].isEmpty else {
                return .failure(Problem(text: "förväntade namn=Rubrik, t.ex. enhet=Ansvar, fick \"\(par)\""))
            }
            let namn = delar[0].lowercased()
            guard sedda.insert(namn).inserted else { return .failure(Problem(text: "\(delar[0]) anges två gånger")) }
            switch namn {
            case "enhet": kolumner.enhet = delar[1]
            case "konto": kolumner.konto = delar[1]
            case "period": kolumner.period = delar[1]
            case "belopp": kolumner.belopp = delar[1]
            default: return .failure(Problem(text: "okänt namn \"\(delar[0])\"; välj bland enhet, konto, period och belopp"))
            }
        }
        return .success(kolumner)
    }

    /// Why a mapping is not of the form.
    public struct Problem: Error, Equatable {
        public let text: String
    }

    /// The names in the order unit, row, month, amount.
    var namn: [String] { [enhet, konto, period, belopp] }

    /// The header's index of each column, or the error at line 1 naming what is missing and what the header
    /// has, with `tips` on how to name them; two names of one column are refused.
    func index(i csv: some CSVHuvud, fil: String,
               tips: String = "ange vilka kolumner som är enhet, konto, period och belopp, t.ex. "
                   + "--kolumner enhet=Ansvar,konto=Konto,period=Period,belopp=Belopp") throws(ScenarioFel) -> [Int] {
        let rubrik = csv.rubrik.map { $0.lowercased() }
        var index: [Int] = []
        for namn in namn {
            guard let i = rubrik.firstIndex(of: namn.lowercased()), !rubrik[(i + 1)...].contains(namn.lowercased()) else {
                let finns = rubrik.contains(namn.lowercased()) ? "finns två gånger" : "saknas"
                throw ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: "kolumnen \(namn) \(finns) i rubrikraden "
                                  + "\(csv.rubrik.joined(separator: String(csv.format.avgransare))); \(tips)")
            }
            guard !index.contains(i) else {
                throw ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: "kolumnen \(csv.rubrik[i]) anges för två uppgifter; \(tips)")
            }
            index.append(i)
        }
        return index
    }
}

/// One line of an export or a prognosis file with its four columns picked out (unit, row, month or year,
/// amount), and the checks both kinds of file make of them, each failing at its line and column.
struct Exportrad {
    /// The four fields in the order unit, row, month or year, amount.
    let falt: [String]
    let nummer: Int
    private let fil: String, index: [Int], namn: [String], format: CSVRader.Format

    /// Line `rad` of `csv` with the columns at `index` (named `namn`); refused unless it has as many fields
    /// as the header (`delat` names what a decimal comma splits in a comma-separated file).
    init(_ rad: CSVRader.Rad, i csv: some CSVHuvud, index: [Int], namn: [String], fil: String, delat: String) throws(ScenarioFel) {
        try csv.kravFaltantal(rad, fil: fil, delat: delat)
        falt = index.map { rad.falt[$0] }
        nummer = rad.nummer
        (self.fil, self.index, self.namn, format) = (fil, index, namn, csv.format)
    }

    /// The error at column `kolumn` (0–3) of this line.
    func fel(_ kolumn: Int, _ problem: String) -> ScenarioFel {
        ScenarioFel(fil: fil, rad: nummer, nyckel: "kolumn \(index[kolumn] + 1) (\(namn[kolumn]))", problem: problem)
    }

    /// The unit's and the row's codes, each refused at its column unless `Kod` accepts it.
    func serie() throws(ScenarioFel) -> Serienyckel {
        if let problem = Kod.problem(falt[0]) { throw fel(0, "enhetskoden duger inte: \(problem)") }
        if let problem = Kod.problem(falt[1]) { throw fel(1, "kontokoden duger inte: \(problem)") }
        return Serienyckel(enhet: falt[0], konto: falt[1])
    }

    /// The amount in öre (`Kronor`); an empty one is 0 with `tomtSomNoll`, otherwise refused.
    func ore(tomtSomNoll: Bool = false) throws(ScenarioFel) -> Int64 {
        if falt[3].isEmpty && tomtSomNoll { return 0 }
        switch Kronor.ore(falt[3], format: format, max: Liggare.maxOre) {
        case .success(let ore): return ore
        case .failure(let problem): throw fel(3, problem.text)
        }
    }
}
