import Forecasting

/// R forecast::ets's estimates and forecasts, the reference the likelihood and forecasts are held against.
///
/// Produced by `bench/ets_peers.R` (run by `make bench`) with R 4.2.2 and forecast 8.20 (Debian's
/// r-cran-forecast): `r_fits.csv` (`fit$par`, `fit$states[1, ]`, `fit$loglik`, `fit$aicc`) and
/// `r_prognoser.csv` (`forecast(fit, h = 24, level = c(80, 95))`), 17 significant digits.
struct RReference {
    let specification: ETSSpecification
    let series: [Double]
    let parameters: ETSParameters
    let state: ETSState
    let logLikelihood: Double
    let aicc: Double

    /// `ets(AirPassengers, model = "AAA", damped = FALSE)`.
    static let airPassengersAAA = RReference(
        specification: ETSSpecification(code: "AAA")!, series: RDatasets.airPassengers,
        parameters: ETSParameters(alpha: 0.99348036287237351, beta: 0.00019117915952425435,
                                  gamma: 0.00058003251432110401),
        state: ETSState(level: 120.96076254557943, slope: 1.3933998290148484, seasonal: [
            -29.181569592927005, -54.384166219208851, -20.71687163701624, 15.072661896683439,
            65.155396028744079, 66.184639396335484, 33.582229060245325, -4.232029893966077,
            -8.0946070079278023, -3.820470373505084, -34.336421810446552, -25.228789847010717,
        ]),
        logLikelihood: -765.93584751167077, aicc: 1570.7288378804844)

    /// `ets(AirPassengers, model = "MAM", damped = FALSE)`.
    static let airPassengersMAM = RReference(
        specification: ETSSpecification(code: "MAM")!, series: RDatasets.airPassengers,
        parameters: ETSParameters(alpha: 0.39499685049501421, beta: 0.010700441903343723,
                                  gamma: 0.39953920240055874),
        state: ETSState(level: 122.37542601647627, slope: 1.1073665820835703, seasonal: [
            0.90004111994684366, 0.78266910706806425, 0.90136804386885416, 1.0476177697608089,
            1.1537067990618175, 1.1830314019678256, 1.0839951214625223, 0.97865889878328527,
            1.0331616425763399, 1.0807569099010852, 0.95224788418681494, 0.90274530141573806,
        ]),
        logLikelihood: -682.40361905780605, aicc: 1403.664380972755)

    /// `ets(USAccDeaths, model = "AAA", damped = FALSE)`.
    static let usAccDeathsAAA = RReference(
        specification: ETSSpecification(code: "AAA")!, series: RDatasets.usAccDeaths,
        parameters: ETSParameters(alpha: 0.53783633858224988, beta: 0.00118122904167528,
                                  gamma: 0.0037151621867510345),
        state: ETSState(level: 9933.1304899365714, slope: -20.046857259370306, seasonal: [
            58.221647919858228, -260.49272469582786, 230.87962879893689, -47.981725243206931,
            988.77543913759541, 1698.957014864633, 751.92604592956695, 333.91331096684956,
            -514.48120850658484, -741.24562745861499, -1510.7415228854543, -987.73027882775114,
        ]),
        logLikelihood: -555.92493373333161, aicc: 1157.1832007999965)

    /// `ets(USAccDeaths, model = "AAN", damped = TRUE)`.
    static let usAccDeathsAAdN = RReference(
        specification: ETSSpecification(code: "AAdN")!, series: RDatasets.usAccDeaths,
        parameters: ETSParameters(alpha: 0.99989181442656205, beta: 0.000100090175687716,
                                  phi: 0.80001198391894368),
        state: ETSState(level: 9211.591818864903, slope: 218.56853396458996),
        logLikelihood: -628.27624709970189, aicc: 1269.8448018917115)

    /// `ets(USAccDeaths, model = "MAN", damped = TRUE)`.
    static let usAccDeathsMAdN = RReference(
        specification: ETSSpecification(code: "MAdN")!, series: RDatasets.usAccDeaths,
        parameters: ETSParameters(alpha: 0.97483569238646495, beta: 0.00010000215404396077,
                                  phi: 0.84520197842771028),
        state: ETSState(level: 8944.0587025446202, slope: 218.57621769120942),
        logLikelihood: -628.4051311509379, aicc: 1270.1025699941836)

    static let all = [airPassengersAAA, airPassengersMAM, usAccDeathsAAA, usAccDeathsAAdN, usAccDeathsMAdN]

    /// The model evaluated at R's estimates.
    func model() throws -> ETSModel {
        try ETSModel(series: series, period: 12, specification: specification, parameters: parameters,
                     initialState: state)
    }
}

/// Rows of `r_prognoser.csv`: step, mean, 80 % and 95 % limits.
struct RForecastRow {
    let step: Int
    let mean: Double
    let lower80: Double, upper80: Double, lower95: Double, upper95: Double

    /// `forecast(ets(AirPassengers, model = "AAA", damped = FALSE), h = 24)`, steps 1, 2, 12, 24.
    static let airPassengersAAA = [
        RForecastRow(step: 1, mean: 437.28627264152072, lower80: 414.15801108967196, upper80: 460.41453419336949,
                     lower95: 401.91464898985549, upper95: 472.65789629318596),
        RForecastRow(step: 2, mean: 429.58496493595004, lower80: 396.97999606701387, upper80: 462.18993380488621,
                     lower95: 379.71996814746103, upper95: 479.44996172443905),
        RForecastRow(step: 12, mean: 448.94933201155317, lower80: 369.22515377886305, upper80: 528.67351024424329,
                     lower95: 327.0217231394725, upper95: 570.87694088363378),
        RForecastRow(step: 24, mean: 465.98853676276218, lower80: 353.13961066827551, upper80: 578.83746285724885,
                     lower95: 293.40099773133437, upper95: 638.57607579419005),
    ]

    /// `forecast(ets(USAccDeaths, model = "AAN", damped = TRUE), h = 24)`, steps 1, 6, 24.
    static let usAccDeathsAAdN = [
        RForecastRow(step: 1, mean: 9239.952479703632, lower80: 8275.2843045702975, upper80: 10204.620654836966,
                     lower95: 7764.6198195700199, upper95: 10715.285139837244),
        RForecastRow(step: 6, mean: 9240.0012848845254, lower80: 6876.9051635778451, upper80: 11603.097406191206,
                     lower95: 5625.9576409994861, upper95: 12854.044928769565),
        RForecastRow(step: 24, mean: 9240.0246458713955, lower80: 4513.1251614815619, upper80: 13966.924130261228,
                     lower95: 2010.8557251436423, upper95: 16469.193566599148),
    ]

    /// `forecast(ets(USAccDeaths, model = "MAN", damped = TRUE), h = 24)`, steps 1, 6, 24 (class 2).
    static let usAccDeathsMAdN = [
        RForecastRow(step: 1, mean: 9225.0264236699732, lower80: 8206.2826741169174, upper80: 10243.770173223029,
                     lower95: 7666.9923091778473, upper95: 10783.060538162099),
        RForecastRow(step: 6, mean: 9225.1017894810248, lower80: 6759.6225666129585, upper80: 11690.581012349092,
                     lower95: 5454.4767039428361, upper95: 12995.726875019212),
        RForecastRow(step: 24, mean: 9225.1561824820474, lower80: 4147.9664265358879, upper80: 14302.345938428207,
                     lower95: 1460.2645215667781, upper95: 16990.047843397319),
    ]
}
