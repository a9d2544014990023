#!/usr/bin/env python3
"""Writes a Traffy Fondue public-dump CSV of N rows to stdout, for measuring the import (docs/intake.md).

The mix follows the public history: about 1 % of tickets are in Traffy's corruption categories or describe a bribe,
the rest are city problems, a third of them mentioning money without being about corruption; one row in 10,000 is
broken (coordinates that are not numbers). Ticket ids are unique per run seed, so two runs with the same seed are
the same file (a re-import) and runs with different seeds are new tickets.
"""
import sys

HEADER = ("ticket_id,type,organization,comment,photo,photo_after,coords,address,subdistrict,district,province,"
          "timestamp,state,star,count_reopen,last_activity")
DISTRICTS = [("บางพลัด", "บางอ้อ"), ("ปทุมวัน", "วังใหม่"), ("จตุจักร", "ลาดยาว"), ("บางรัก", "สีลม"),
             ("ห้วยขวาง", "สามเสนนอก"), ("คลองเตย", "คลองตัน"), ("บางกะปิ", "คลองจั่น"), ("ดินแดง", "ดินแดง")]
CITY = [("{ถนน}", "ถนนเป็นหลุมเป็นบ่อหน้าซอย รถจักรยานยนต์ล้มหลายคันแล้ว ช่วยซ่อมด่วน"),
        ("{น้ำท่วม}", "ขอเงินชดเชยค่าน้ำท่วม น้ำท่วมขังหน้าบ้านเลขที่ 12/4 สามวันแล้ว"),
        ("{ความสะอาด}", "ขยะล้นถังหน้าตลาด ค่าเช่าแผงลอยก็จ่ายแล้วแต่ไม่มีคนเก็บ"),
        ("\"{ไฟฟ้า,ความปลอดภัย}\"", "ไฟทางดับทั้งซอยมาหนึ่งสัปดาห์ กลางคืนมืดมากไม่ปลอดภัย"),
        ("{ทางเท้า}", "ทางเท้าแตก ผู้ค้าตั้งแผงขวางทาง คนเดินต้องลงไปเดินบนถนน"),
        ("{เสียงรบกวน}", "ร้านอาหารเปิดเพลงเสียงดังเกินเที่ยงคืนทุกวัน"),
        ("{ต้นไม้}", "กิ่งไม้ใหญ่พาดสายไฟ ขอให้มาตัดแต่งก่อนหน้าฝน")]
CORRUPT = [("\"{ถนน,ทุจริต}\"", "ผู้รับเหมาซ่อมถนนไม่ได้มาตรฐาน งานเสร็จไม่ครบตามสัญญา"),
           ("{ร้องเรียน}", "เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าหาบเร่แผงลอยทุกเดือน โทร 0812345678")]


def row(seed, i):
    ticket = "%s-%s" % (2019 + i % 7, format(seed * 10_000_000 + i, "X").rjust(8, "0"))
    if i % 200 == 0:
        kind, text = CORRUPT[0]
    elif i % 200 == 1:
        kind, text = CORRUPT[1]
    else:
        kind, text = CITY[i % len(CITY)]
    district, subdistrict = DISTRICTS[i % len(DISTRICTS)]
    coords = "\"abc,def\"" if i % 10_000 == 5 else "\"100.%d,13.%d\"" % (400 + i % 300, 600 + i % 300)
    month = 1 + i % 12
    return ",".join([ticket, kind, "\"เขต%s,สำนักงานเขต%s\"" % (district, district), text,
                     "https://storage.traffy.in.th/p/%d.jpg" % i, "", coords,
                     "ถนนสุขุมวิท แขวง%s เขต%s" % (subdistrict, district), subdistrict, district, "กรุงเทพมหานคร",
                     "%d-%02d-%02d 03:20:11.%06d+00" % (2019 + i % 7, month, 1 + i % 28, i % 1_000_000),
                     "เสร็จสิ้น", "4", "0", "2025-10-01 00:00:00.000000+00"])


def main():
    rows = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    out = sys.stdout
    out.write(HEADER + "\n")
    for i in range(rows):
        out.write(row(seed, i) + "\n")


if __name__ == "__main__":
    main()
