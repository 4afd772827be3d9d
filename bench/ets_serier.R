# The series and forecast origins of the ETS comparison (issue 8), written once so that R, statsmodels and
# Prognos forecast from exactly the same cut-offs. Run by bench/ets_driver.py from `make bench-ets`.
#
#   Rscript bench/ets_serier.R DIR SET [ORIGINS]
#
# SET fem:    the five monthly series of the README's tables (AirPassengers, UKDriverDeaths, USAccDeaths,
#             nottem, co2), horizon 12.
# SET rdata:  every univariate series in R's `datasets` and forecast's data with frequency 4 or 12, no
#             missing value and only positive values (so that every model, multiplicative ones too, can be
#             fitted), chosen by that rule and not by name; horizon one year (4 or 12).
# Origins for both: cut = n - h*(k+1), k = 0..ORIGINS-1 (default 6), kept when at least three years remain
# to fit on. Writes DIR/serier.csv (namn,period), DIR/serier/NAMN.csv (one value per line, 17 significant
# digits) and DIR/ursprung.csv (namn,ursprung,horisont: fit on the first `ursprung` values, forecast
# `horisont` steps).
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
set <- args[2]
origins <- if (length(args) >= 3) as.integer(args[3]) else 6L
dir.create(file.path(dir, "serier"), recursive = TRUE, showWarnings = FALSE)

# Univariate ts objects of a package's data with the given frequencies, no NA and only positive values.
seasonal_series <- function(package, frequencies) {
  items <- data(package = package)$results[, "Item"]
  found <- list()
  for (item in items) {
    # "ldeaths (UKLungDeaths)": the object ldeaths lives in the data file UKLungDeaths.
    object <- sub(" .*", "", item)
    file <- if (grepl("\\(", item)) sub(".*\\((.*)\\)", "\\1", item) else object
    env <- new.env()
    x <- tryCatch({
      suppressWarnings(data(list = file, package = package, envir = env))
      get(object, envir = env)
    }, error = function(e) NULL)
    if (is.null(x) || !is.ts(x) || is.matrix(x) || !(frequency(x) %in% frequencies)) next
    if (anyNA(x) || any(x <= 0)) next
    found[[object]] <- x
  }
  found
}

series <- switch(set,
  fem = list(AirPassengers = AirPassengers, UKDriverDeaths = UKDriverDeaths, USAccDeaths = USAccDeaths,
             nottem = nottem, co2 = co2),
  rdata = c(seasonal_series("datasets", c(4, 12)), seasonal_series("forecast", c(4, 12))),
  stop(sprintf("okänd serieuppsättning %s", set)))

write.csv(data.frame(namn = names(series), period = sapply(series, frequency)),
          file.path(dir, "serier.csv"), row.names = FALSE, quote = FALSE)
cuts <- list()
for (name in names(series)) {
  y <- series[[name]]
  m <- frequency(y)
  writeLines(c("value", sprintf("%.17g", as.numeric(y))), file.path(dir, "serier", paste0(name, ".csv")))
  h <- if (set == "fem") 12L else as.integer(m)
  for (k in seq_len(origins) - 1) {
    cut <- length(y) - h * (k + 1)
    if (cut < 3 * m) next  # at least three years to fit on
    cuts[[length(cuts) + 1]] <- data.frame(namn = name, ursprung = cut, horisont = h)
  }
}
write.csv(do.call(rbind, cuts), file.path(dir, "ursprung.csv"), row.names = FALSE, quote = FALSE)
cat(sprintf("ets_serier.R: %s, %d serier, %d ursprung\n", set, length(series), length(cuts)), file = stderr())
