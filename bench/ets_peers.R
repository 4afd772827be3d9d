# R forecast::ets on monthly series from R's datasets package: the reference for Prognos' ETS (issue 8).
# Writes into DIR (see bench/ets_driver.py, which runs this from `make bench`):
#   serier.csv                 namn,period
#   serier/NAMN.csv            the series, one value per line (17 significant digits)
#   r_fits.csv                 R's fit of each model on the whole series: log-likelihood, AICc,
#                              parameters and initial states (name=value;...), the model (MAdM), seconds
#   r_rullande.csv             rolling-origin forecasts: refit on the first n - h*(k+1) values, k = 0..ORIGINS-1,
#                              origins with at least three periods of data
#   r_prognoser.csv            forecast(fit, h = 24) of the whole-series fits: mean and 80/95 % limits
# Usage: Rscript bench/ets_peers.R DIR [MODELS] [H] [ORIGINS]
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
models <- strsplit(if (length(args) >= 2) args[2] else "ANN,AAdN,AAA,AAdA,MAdN,MNM,MAM,MAdM,ZZZ", ",")[[1]]
h <- if (length(args) >= 3) as.integer(args[3]) else 12L
origins <- if (length(args) >= 4) as.integer(args[4]) else 6L
dir.create(file.path(dir, "serier"), recursive = TRUE, showWarnings = FALSE)

series <- list(AirPassengers = AirPassengers, UKDriverDeaths = UKDriverDeaths, USAccDeaths = USAccDeaths,
               nottem = nottem, co2 = co2)
cat(sprintf("R %s, forecast %s\n", R.version$version.string, packageVersion("forecast")), file = stderr())

fit_model <- function(y, code) {
  if (code == "ZZZ") return(ets(y))
  damped <- grepl("d", code)
  ets(y, model = gsub("d", "", code), damped = damped)
}
named <- function(x) paste(sprintf("%s=%.17g", names(x), x), collapse = ";")
code_of <- function(fit) paste0(fit$components[1], fit$components[2], if (fit$components[4] == "TRUE") "d",
                                fit$components[3])

write.csv(data.frame(namn = names(series), period = sapply(series, frequency)),
          file.path(dir, "serier.csv"), row.names = FALSE, quote = FALSE)
fits <- list(); rolling <- list(); fcasts <- list()
for (name in names(series)) {
  y <- series[[name]]
  writeLines(c("value", sprintf("%.17g", as.numeric(y))), file.path(dir, "serier", paste0(name, ".csv")))
  for (code in models) {
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
    for (k in seq_len(origins) - 1) {
      cut <- length(y) - h * (k + 1)
      if (cut < 3 * frequency(y)) next  # at least three years to fit on
      train <- ts(as.numeric(y)[1:cut], frequency = frequency(y))
      f <- tryCatch(as.numeric(forecast(fit_model(train, code), h = h)$mean), error = function(e) rep(NA, h))
      rolling[[length(rolling) + 1]] <- data.frame(serie = name, modell = code, ursprung = cut, steg = 1:h,
                                                   prognos = sprintf("%.17g", f))
    }
  }
  cat(sprintf("ets_peers.R: %s klar\n", name), file = stderr())
}
write.csv(do.call(rbind, fits), file.path(dir, "r_fits.csv"), row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, rolling), file.path(dir, "r_rullande.csv"), row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, fcasts), file.path(dir, "r_prognoser.csv"), row.names = FALSE, quote = FALSE)
