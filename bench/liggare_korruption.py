"""Single-byte corruptions of the example ledger: how many give a different prognosis with exit 0 (silently
wrong), how many are refused, how many change nothing read. Usage: liggare_korruption.py PROGNOS ROOT N
(the program, the project folder, the number of corruptions; seeded, so a run repeats)."""
import os, random, shutil, subprocess, sys, tempfile
P = sys.argv[1]; ROOT = sys.argv[2]; N = int(sys.argv[3])
d = tempfile.mkdtemp()
db = os.path.join(d, "l.sqlite")
ex = os.path.join(ROOT, "notebooks-data/uppfoljning-exempel")
for slag, fil in [("--organisation", "organisation.csv"), ("--budget", "budget.csv"), ("--utfall", "utfall.csv")]:
    subprocess.run([P, "uppfoljning", "import", slag, os.path.join(ex, fil), "--db", db], check=True, capture_output=True)
def kor(path):
    r = subprocess.run([P, "uppfoljning", "prognos", "--period", "2018-08", "--metod", "profil", "--db", path],
                       capture_output=True, text=True)
    return r.returncode, r.stdout
rc0, ut0 = kor(db)
assert rc0 == 0
data = open(db, "rb").read()
rnd = random.Random(1265)
tyst = fel = samma = 0
for i in range(N):
    pos = rnd.randrange(len(data)); b = rnd.randrange(256)
    if data[pos] == b: b ^= 1
    k = os.path.join(d, "k.sqlite")
    with open(k, "wb") as f: f.write(data[:pos] + bytes([b]) + data[pos+1:])
    rc, ut = kor(k)
    if rc != 0: fel += 1
    elif ut != ut0: tyst += 1
    else: samma += 1
    if os.path.exists(k + "-journal"): os.remove(k + "-journal")
print(f"{N} korruptioner av {len(data)} byte: {tyst} tyst annorlunda (rc 0), {fel} vägrade (rc≠0), {samma} oförändrade")
shutil.rmtree(d)
