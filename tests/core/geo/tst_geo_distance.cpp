#include "core/geo/geo_distance.h"

#include <QTest>

#include <cmath>
#include <limits>

using baartal::core::GeoBox;
using baartal::core::GeoDistance;
using baartal::core::GeoPoint;

class TestGeoDistance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void distanceKm_data()
    {
        QTest::addColumn<double>("latA");
        QTest::addColumn<double>("lngA");
        QTest::addColumn<double>("latB");
        QTest::addColumn<double>("lngB");
        QTest::addColumn<double>("km");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("same point") << 19.02 << 72.84 << 19.02 << 72.84 << 0.0 << 1e-9;
        QTest::newRow("across a Dadar street") << 19.02 << 72.84 << 19.019 << 72.842 << 0.2378 << 0.0005;
        QTest::newRow("Dadar to Andheri") << 19.02 << 72.84 << 19.1197 << 72.8468 << 11.109 << 0.005;
        QTest::newRow("Mumbai to Delhi") << 19.0760 << 72.8777 << 28.6139 << 77.2090 << 1148.1 << 0.5;
        QTest::newRow("one degree of longitude on the equator")
            << 0.0 << 0.0 << 0.0 << 1.0 << 111.195 << 0.001;
        QTest::newRow("across the antimeridian") << 0.0 << 179.5 << 0.0 << -179.5 << 111.195 << 0.001;
        QTest::newRow("antipodes") << 0.0 << 0.0 << 0.0 << 180.0 << 20015.1 << 0.1;
        QTest::newRow("pole to pole") << 90.0 << 0.0 << -90.0 << 0.0 << 20015.1 << 0.1;
    }

    void distanceKm()
    {
        QFETCH(double, latA);
        QFETCH(double, lngA);
        QFETCH(double, latB);
        QFETCH(double, lngB);
        QFETCH(double, km);
        QFETCH(double, tolerance);
        const double there = GeoDistance::distanceKm({latA, lngA}, {latB, lngB});
        const double back = GeoDistance::distanceKm({latB, lngB}, {latA, lngA});
        QVERIFY2(std::abs(there - km) <= tolerance, qPrintable(QString::number(there, 'f', 4)));
        QCOMPARE(back, there);
    }

    void isValid_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lng");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Dadar") << 19.02 << 72.84 << true;
        QTest::newRow("corners") << -90.0 << 180.0 << true;
        QTest::newRow("lat past the pole") << 90.5 << 0.0 << false;
        QTest::newRow("lng past the antimeridian") << 0.0 << -180.5 << false;
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << 0.0 << false;
        QTest::newRow("infinite") << 0.0 << std::numeric_limits<double>::infinity() << false;
    }

    void isValid()
    {
        QFETCH(double, lat);
        QFETCH(double, lng);
        QFETCH(bool, valid);
        QCOMPARE((GeoPoint{lat, lng}.isValid()), valid);
    }

    // The box holds every point at the radius due north, south, east and west, and little more.
    void boundingBoxCoversTheRadius_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lng");
        QTest::addColumn<double>("radiusKm");
        QTest::newRow("Dadar, 5 km") << 19.02 << 72.84 << 5.0;
        QTest::newRow("Dadar, 50 km") << 19.02 << 72.84 << 50.0;
        QTest::newRow("equator, 1 km") << 0.0 << 10.0 << 1.0;
        QTest::newRow("far south, 20 km") << -60.0 << -70.0 << 20.0;
    }

    void boundingBoxCoversTheRadius()
    {
        QFETCH(double, lat);
        QFETCH(double, lng);
        QFETCH(double, radiusKm);
        const GeoPoint centre{lat, lng};
        const GeoBox box = GeoDistance::boundingBox(centre, radiusKm);
        QVERIFY(box.minLat < lat && lat < box.maxLat);
        QVERIFY(box.minLng < lng && lng < box.maxLng);
        const double slack = 1e-6;
        QVERIFY(std::abs(GeoDistance::distanceKm(centre, {box.maxLat, lng}) - radiusKm) < slack);
        QVERIFY(std::abs(GeoDistance::distanceKm(centre, {box.minLat, lng}) - radiusKm) < slack);
        // The widest longitude of the circle lies slightly poleward of the centre's latitude, so the
        // box edge on the centre's own latitude is at least the radius away.
        QVERIFY(GeoDistance::distanceKm(centre, {lat, box.maxLng}) >= radiusKm - slack);
        QVERIFY(GeoDistance::distanceKm(centre, {lat, box.maxLng}) < radiusKm * 1.01);
    }

    void boundingBoxNearAPoleTakesEveryLongitude()
    {
        const GeoBox box = GeoDistance::boundingBox({89.99, 45.0}, 5.0);
        QCOMPARE(box.maxLat, 90.0);
        QCOMPARE(box.minLng, -180.0);
        QCOMPARE(box.maxLng, 180.0);
    }

    void boundingBoxAcrossTheAntimeridianTakesEveryLongitude()
    {
        const GeoBox box = GeoDistance::boundingBox({0.0, 179.99}, 5.0);
        QCOMPARE(box.minLng, -180.0);
        QCOMPARE(box.maxLng, 180.0);
        QVERIFY(box.maxLat < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestGeoDistance)
#include "tst_geo_distance.moc"
