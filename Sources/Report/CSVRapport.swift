import Budget

/// Writes a budget statement as CSV the way Swedish spreadsheet programs open it (see `CSVText`): one row
/// per statement line, one column per year.
public enum CSVRapport {
    /// The statement as CSV text: columns `scenario;rad;rubrik;<år>…`, amounts in mnkr with `decimaler`
    /// decimals.
    public static func text(_ rapport: any Budgetrapport, ar: [Int], scenario: String, decimaler: Int = 1) -> String {
        CSVText.text(rubrik: ["rad", "rubrik"] + ar.map(String.init),
                     rader: rapport.rader.map { rad in
                         [rad.nyckel, rad.rubrik] + rad.belopp.map { CSVText.tal($0, decimaler: decimaler) }
                     }, scenario: scenario)
    }
}
