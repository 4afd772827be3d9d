import ArgumentParser
import Forecasting
import Foundation

/// `prognos-bench hastighet`: fits one model to every series of a file on one core and reports fits per
/// second and the mean log-likelihood, for the ratio against statsforecast on the same file.
struct HastighetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hastighet",
        abstract: "Mät skattningar per sekund för en modell på många serier (en kärna)."
    )

    @Option(help: "CSV med en serie per rad (värden med kommatecken), t.ex. skriven av bench/ets_peers.py.")
    var serier: String

    @Option(help: "Modell, t.ex. AAA.")
    var modell = "AAA"

    @Option(help: "Säsongsperiod.")
    var period = 12

    @Option(help: "Skriv varje series log-likelihood och skattade modell till den här filen (en per rad).")
    var loglik: String?

    func run() throws {
        let series = try Benchfiler.text(serier).split(whereSeparator: \.isNewline).map { line in
            try line.split(separator: ",").map { text -> Double in
                guard let value = try Benchfiler.number(String(text)) else { throw BenchFel("tomt värde i \(serier)") }
                return value
            }
        }
        let choice = try JamforCommand.choice(modell)
        var logLikelihoods = [Double](repeating: .nan, count: series.count)
        var models = [String](repeating: "", count: series.count)
        let clock = ContinuousClock()
        let cpuBefore = Befolkningsbench.cpuSekunder()
        let elapsed = clock.measure {
            for (index, y) in series.enumerated() {
                let fit = try? ETSModel.fit(y, period: period, model: choice)
                logLikelihoods[index] = fit?.logLikelihood ?? .nan
                models[index] = fit.map { "\($0.specification.error.rawValue)\($0.specification.trend.rawValue)\($0.specification.season.rawValue)" } ?? ""
            }
        }
        let seconds = JamforCommand.seconds(elapsed), cpu = Befolkningsbench.cpuSekunder() - cpuBefore
        let fitted = logLikelihoods.filter(\.isFinite)
        print("serier,sekunder,per_sekund,medel_loglik,misslyckade,processorsekunder,per_processorsekund")
        print("\(series.count),\(seconds),\(Double(series.count) / seconds),\(fitted.reduce(0, +) / Double(max(fitted.count, 1))),"
              + "\(series.count - fitted.count),\(cpu),\(Double(series.count) / cpu)")
        if let loglik {
            try Benchfiler.write(loglik, header: "loglik,modell",
                                 lines: zip(logLikelihoods, models).map { "\($0),\($1)" })
        }
    }
}
