package io.github.zirules.api;

/**
 * One of the six change areas (<i>area perubahan</i>) of the Pengungkit (enabler) component.
 */
public enum Area {
    /** <i>Manajemen Perubahan</i>: change management. */
    MP("Manajemen Perubahan", "Change management"),
    /** <i>Penataan Tatalaksana</i>: business-process management. */
    TT("Penataan Tatalaksana", "Business processes"),
    /** <i>Penataan Sistem Manajemen SDM Aparatur</i>: human-resource management. */
    SDM("Penataan Sistem Manajemen SDM Aparatur", "Human-resource management"),
    /** <i>Penguatan Akuntabilitas Kinerja</i>: performance accountability. */
    AK("Penguatan Akuntabilitas Kinerja", "Performance accountability"),
    /** <i>Penguatan Pengawasan</i>: supervision and internal control. */
    PW("Penguatan Pengawasan", "Supervision"),
    /** <i>Peningkatan Kualitas Pelayanan Publik</i>: public-service quality. */
    PP("Peningkatan Kualitas Pelayanan Publik", "Public-service quality");

    private final String nameId;
    private final String nameEn;

    Area(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    /** The area's name in Bahasa Indonesia, as the LKE writes it. */
    public String nameId() {
        return nameId;
    }

    /** The area's name in English. */
    public String nameEn() {
        return nameEn;
    }
}
