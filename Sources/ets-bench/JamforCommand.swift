import ArgumentParser
import Forecasting
import Foundation

/// `ets-bench jamfor`: fits every model to every series R wrote, evaluates our likelihood at R's
/// estimates, and makes the rolling-origin forecasts; writes `prognos_fits.csv` and
/// `prognos_rullande.csv` into the data folder for `bench/ets_driver.py`.
struct JamforCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jamfor",
        abstract: "Skatta modellerna på seriernas data, räkna likelihood vid R:s skattningar och rullande prognoser."
    )

    @Option(help: "Mapp med serier.csv, serier/NAMN.csv och r_fits.csv (skrivna av bench/ets_peers.R).")
    var data: String

    @Option(help: "Modeller, t.ex. ANN,AAdN,AAA,MAM; ZZZ är automatiskt val med AICc.")
    var modeller = "ANN,AAdN,AAA,AAdA,MAdN,MNM,MAM,MAdM,ZZZ"

    @Option(help: "Prognoshorisont i steg för den rullande utvärderingen.")
    var horisont = 12

    @Option(help: "Antal prognosursprung: ursprung k skattar på de första n − horisont·(k + 1) värdena (minst tre perioder).")
    var ursprung = 6

    func run() throws {
        let series = try Benchfiler.rows("\(data)/serier.csv").map { row -> (String, Int) in
            guard row.count >= 2, let period = Int(row[1]) else { throw BenchFel("serier.csv: rad utan period") }
            return (row[0], period)
        }
        let rFits = try Dictionary(uniqueKeysWithValues: Benchfiler.rows("\(data)/r_fits.csv").map { row in
            guard row.count >= 6 else { throw BenchFel("r_fits.csv: för få kolumner") }
            return ("\(row[0])/\(row[1])", row)
        })
        var fitLines: [String] = [], rollingLines: [String] = []
        for (name, period) in series {
            let y = try Benchfiler.series("\(data)/serier/\(name).csv")
            for code in modeller.split(separator: ",").map(String.init) {
                let choice = try Self.choice(code)
                let clock = ContinuousClock()
                var model: ETSModel?
                let elapsed = clock.measure { model = try? ETSModel.fit(y, period: period, model: choice) }
                let atR = try rFits["\(name)/\(code)"].flatMap { try Self.evaluate(y, period: period, code: code, rRow: $0) }
                fitLines.append([name, code, model.map { "\($0.logLikelihood)" } ?? "NA",
                                 model.map { "\($0.aicc)" } ?? "NA", atR.map { "\($0)" } ?? "NA",
                                 "\(Self.seconds(elapsed))", model?.specification.code ?? "NA"].joined(separator: ","))
                for k in 0..<ursprung {
                    let cut = y.count - horisont * (k + 1)
                    guard cut >= 3 * period else { continue }  // at least three periods, as the R script
                    let training = Array(y[..<cut])
                    let forecast = try? ETSModel.fit(training, period: period, model: choice).forecast(horizon: horisont)
                    for step in 0..<horisont {
                        rollingLines.append("\(name),\(code),\(cut),\(step + 1),\(forecast.map { "\($0.mean[step])" } ?? "NA")")
                    }
                }
            }
            Utskrift.fel("ets-bench: \(name) klar")
        }
        try Benchfiler.write("\(data)/prognos_fits.csv",
                             header: "serie,modell,loglik,aicc,loglik_vid_r,sekunder,vald_modell", lines: fitLines)
        try Benchfiler.write("\(data)/prognos_rullande.csv", header: "serie,modell,ursprung,steg,prognos",
                             lines: rollingLines)
    }

    static func choice(_ code: String) throws -> ETSModelChoice {
        if code == "ZZZ" { return .automatic }
        guard let specification = ETSSpecification(code: code) else { throw BenchFel("okänd modell \(code)") }
        return .specified(specification)
    }

    /// Our log-likelihood at R's estimates; `nil` for the automatic choice or where R fitted nothing.
    static func evaluate(_ y: [Double], period: Int, code: String, rRow: [String]) throws -> Double? {
        guard code != "ZZZ", let specification = ETSSpecification(code: code), rRow[4] != "NA" else { return nil }
        let p = try Benchfiler.namedValues(rRow[4]), x = try Benchfiler.namedValues(rRow[5])
        guard let alpha = p["alpha"], let level = x["l"] else { throw BenchFel("r_fits.csv: alpha eller l saknas") }
        let m = specification.season != .none ? period : 1
        let parameters = ETSParameters(alpha: alpha, beta: p["beta"], gamma: p["gamma"], phi: p["phi"])
        let seasonal = specification.season != .none ? try (1...m).map { i -> Double in
            guard let value = x["s\(i)"] else { throw BenchFel("r_fits.csv: s\(i) saknas") }
            return value
        } : []
        let state = ETSState(level: level, slope: x["b"], seasonal: seasonal)
        return try ETSModel(series: y, period: m, specification: specification, parameters: parameters,
                            initialState: state).logLikelihood
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

/// Progress and errors on standard error, so standard output stays for results.
enum Utskrift {
    static func fel(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
