package th.bma.anticorruption.load.generator;

import java.time.OffsetDateTime;
import java.util.List;

import th.bma.anticorruption.contracts.BangkokDistrict;

/** One generated Traffy ticket, before it is written as a webhook body or a CSV row. */
record TraffyTicket(String ticketId, OffsetDateTime reportedAt, List<String> types, String description,
        BangkokDistrict district, String subdistrict, double latitude, double longitude, String address,
        String organisation, String photo, boolean aboutCorruption) {
}
