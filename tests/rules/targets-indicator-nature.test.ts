import { guessAggregation, guessDirection, indicatorUnit } from "../../core/rules/support/indicator-nature";

/** Indicator names as the fixtures print them (typos kept), with the Satuan beside them. */
describe("guessAggregation", () => {
  it.each([
    // Levels: the last value counts.
    ["Nilai (Predikat) Akuntabilitas Kinerja (Nilai SAKIP)", "", "nilai-akhir", true],
    ["Persentase Pencatatan Aset Dalam Kondisi Baik", "%", "nilai-akhir", true],
    ["IDG (Indeks Pemberdayaan Gender)", "%", "nilai-akhir", true],
    ["Indeks kepuasan masyarakat terhadap layanan pengaduan bagi anak", "indeks", "nilai-akhir", true],
    ["Rasio kekerasan terhadap perempuan", "", "nilai-akhir", true],
    ["Presentase PMKS yang tertangani", "", "nilai-akhir", true],
    ["Cakupan Penanganan kasus kekerasan terhadap anak yang mendapatkan penanganan", "%", "nilai-akhir", true],
    // Flows: things produced or people reached each year add up.
    ["Jumlah Dokumen Renstra dan Renja Perangkat Daerah", "Dokumen", "kumulatif", true],
    ["Jumlah peserta Bimbingan Teknis Implementasi Peraturan Perundang-Undangan", "orang", "kumulatif", true],
    ["Jumlah warga KAT yang mendapatkan Pelayanan sosial", "KK", "kumulatif", true],
    ["Jumlah Musyawarah Desa yang difasilitasi oleh Kabupaten", "", "kumulatif", true],
    ["Jumlah KIE yang dicetak / dibuat", "buah/ lembar", "kumulatif", true],
    // Stocks: a count of what exists, the latest figure — a guess only.
    ["Jumlah Anggota Tagana yang Aktif", "Orang", "nilai-akhir", false],
    ["Jumlah Kader Posyandu yang terampil", "orang", "nilai-akhir", false],
    ["Jumlah Badan Usaha Milik Desa (BUMdes) yang aktif dan memiliki PAD", "", "nilai-akhir", false],
    // Nothing to go on.
    ["Jumlah Posyantek di desa", "", "kumulatif", false],
  ])("%s [%s] → %s (confident %s)", (indicator, satuan, value, confident) => {
    expect(guessAggregation(indicator, satuan)).toMatchObject({ value, confident });
  });

  it("takes a % printed in the cells as a level even when the name says nothing", () => {
    expect(guessAggregation("Tersedianya Administrasi Keuangan Perangkat Daerah", "", "%")).toMatchObject({ value: "nilai-akhir", confident: true, reason: "satuan %" });
  });

  it("reads a unit in the indicator's trailing parenthesis", () => {
    expect(indicatorUnit("Cakupan layanan rehabilitasi (%)")).toBe("%");
    expect(indicatorUnit("Jumlah jenis layanan (Jenis)")).toBe("Jenis");
    expect(indicatorUnit("Jumlah dokumen")).toBeUndefined();
  });
});

describe("guessDirection", () => {
  it.each([
    // Negative: the bad thing itself.
    ["Rasio kekerasan terhadap anak", "negatif", true],
    ["Persentase perkawinan usia anak", "negatif", true],
    ["Persentase perempuan berumur 20-24 tahun yang pernah kawin yang umurnya kurang dari 18 tahun", "negatif", true],
    ["Persentase penduduk miskin", "negatif", true],
    ["Prevalensi stunting pada balita", "negatif", true],
    ["Angka kematian ibu", "negatif", true],
    ["Tingkat pengangguran terbuka", "negatif", true],
    ["Angka putus sekolah", "negatif", true],
    // Serving or reducing the bad thing is positive.
    ["Persentase perempuan korban kekerasan termasuk TPPO yang mendapatkan layanan", "positif", true],
    ["Persentase Penyandang Masalah Kesejahteraan Sosial ( PMKS ) yang terpenuhi kebutuhan dasarnya", "positif", true],
    ["Persentase Pengentasan Desa Tertinggal", "positif", true],
    ["Jumlah Keluarga fakir miskin yang diberi Bantuan Pangan Non Tunai (BPNT)", "positif", true],
    // Plainly positive levels.
    ["Indeks Pembangunan Gender (IPG)", "positif", true],
    ["Persentase Desa yang menyampaikan LPPD tepat waktu", "positif", true],
    ["Indeks Desa Membangun (IDM)", "positif", true],
    // No sign either way: positive, but only a guess.
    ["Persentase ARG di SKPD/Lembaga/Instansi di Kabupaten", "positif", false],
  ])("%s → %s (confident %s)", (indicator, value, confident) => {
    expect(guessDirection(indicator)).toMatchObject({ value, confident });
  });
});
