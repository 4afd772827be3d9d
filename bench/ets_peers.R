# R forecast::ets on the series bench/ets_serier.R or bench/ets_peers.py wrote into DIR (serier.csv,
# serier/NAMN.csv, ursprung.csv): the reference for Prognos' ETS (issue 8). Writes into DIR (see
# bench/ets_driver.py, which runs this from `make bench-ets`):
#   r_fits.csv                 with HELSERIE = 1: R's fit of each model on the whole series: log-likelihood,
#                              AICc, parameters and initial states (name=value;...), the model (MAdM), seconds
#   r_prognoser.csv            with HELSERIE = 1: forecast(fit, h = 24) of the whole-series fits: mean and
#                              80/95 % limits
#   r_rullande.csv             forecasts from every origin of ursprung.csv: refit on the first `ursprung`
#                              values, `horisont` steps, with the fit's log-likelihood and parameters
# Usage: Rscript bench/ets_peers.R DIR [MODELS] [HELSERIE]
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
models <- strsplit(if (length(args) >= 2) args[2] else "ANN,AAdN,AAA,AAdA,MAdN,MNM,MAM,MAdM,ZZZ", ",")[[1]]
whole <- length(args) >= 3 && args[3] == "1"

periods <- read.csv(file.path(dir, "serier.csv"), stringsAsFactors = FALSE)
cuts <- read.csv(file.path(dir, "ursprung.csv"), stringsAsFactors = FALSE)
series <- list()
for (i in seq_len(nrow(periods))) {
  values <- read.csv(file.path(dir, "serier", paste0(periods$namn[i], ".csv")))$value
  series[[periods$namn[i]]] <- ts(values, frequency = periods$period[i])
}
cat(sprintf("R %s, forecast %s\n", R.version$version.string, packageVersion("forecast")), file = stderr())

fit_model <- function(y, code) {
  if (code == "ZZZ") return(ets(y))
  damped <- grepl("d", code)
  ets(y, model = gsub("d", "", code), damped = damped)
}
named <- function(x) paste(sprintf("%s=%.17g", names(x), x), collapse = ";")
code_of <- function(fit) paste0(fit$components[1], fit$components[2], if (fit$components[4] == "TRUE") "d",
                                fit$components[3])

fits <- list(); rolling <- list(); fcasts <- list()
for (name in names(series)) {
  y <- series[[name]]
  for (code in models) {
    if (whole) {
      t0 <- proc.time()[["elapsed"]]
      fit <- tryCatch(fit_model(y, code), error = function(e) NULL)
      secs <- proc.time()[["elapsed"]] - t0
      if (is.null(fit)) {
        fits[[length(fits) + 1]] <- data.frame(serie = name, modell = code, loglik = NA, aicc = NA,
                                               par = NA, states = NA, method = NA, sekunder = secs)
      } else {
        par <- fit$par[names(fit$par) %in% c("alpha", "beta", "gamma", "phi")]
        fits[[length(fits) + 1]] <- data.frame(serie = name, modell = code, loglik = sprintf("%.17g", fit$loglik),
                                               aicc = sprintf("%.17g", fit$aicc), par = named(par),
                                               states = named(fit$states[1, ]), method = code_of(fit), sekunder = secs)
        fc <- forecast(fit, h = 24, level = c(80, 95))
        fcasts[[length(fcasts) + 1]] <- data.frame(
          serie = name, modell = code, steg = 1:24, mean = sprintf("%.17g", as.numeric(fc$mean)),
          lo80 = sprintf("%.17g", fc$lower[, 1]), hi80 = sprintf("%.17g", fc$upper[, 1]),
          lo95 = sprintf("%.17g", fc$lower[, 2]), hi95 = sprintf("%.17g", fc$upper[, 2]))
      }
    }
    for (i in which(cuts$namn == name)) {
      cut <- cuts$ursprung[i]; h <- cuts$horisont[i]
      train <- ts(as.numeric(y)[1:cut], frequency = frequency(y))
      fit <- tryCatch(fit_model(train, code), error = function(e) NULL)
      f <- if (is.null(fit)) rep(NA, h) else as.numeric(forecast(fit, h = h)$mean)
      par <- if (is.null(fit)) NA else named(fit$par[names(fit$par) %in% c("alpha", "beta", "gamma", "phi")])
      rolling[[length(rolling) + 1]] <- data.frame(
        serie = name, modell = code, ursprung = cut, steg = 1:h, prognos = sprintf("%.17g", f),
        loglik = if (is.null(fit)) NA else sprintf("%.17g", fit$loglik), vald_modell = if (is.null(fit)) NA else code_of(fit),
        parametrar = par)
    }
  }
  cat(sprintf("ets_peers.R: %s klar\n", name), file = stderr())
}
if (whole) {
  write.csv(do.call(rbind, fits), file.path(dir, "r_fits.csv"), row.names = FALSE, quote = FALSE)
  write.csv(do.call(rbind, fcasts), file.path(dir, "r_prognoser.csv"), row.names = FALSE, quote = FALSE)
}
write.csv(do.call(rbind, rolling), file.path(dir, "r_rullande.csv"), row.names = FALSE, quote = FALSE)
