#include "core/geo/geo_distance.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace baartal::core {

namespace {

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

} // namespace

bool GeoPoint::isValid() const
{
    return std::isfinite(lat) && std::isfinite(lng) && lat >= -90.0 && lat <= 90.0 && lng >= -180.0 &&
           lng <= 180.0;
}

double GeoDistance::distanceKm(GeoPoint a, GeoPoint b)
{
    const double dLat = radians(b.lat - a.lat);
    const double dLng = radians(b.lng - a.lng);
    const double h = std::pow(std::sin(dLat / 2), 2) +
                     std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::pow(std::sin(dLng / 2), 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

GeoBox GeoDistance::boundingBox(GeoPoint centre, double radiusKm)
{
    const double dLat = degrees(radiusKm / kEarthRadiusKm);
    GeoBox box{centre.lat - dLat, centre.lat + dLat, -180.0, 180.0};
    if (box.minLat <= -90.0 || box.maxLat >= 90.0) {
        box.minLat = std::max(box.minLat, -90.0);
        box.maxLat = std::min(box.maxLat, 90.0);
        return box;
    }
    const double dLng = degrees(
        std::asin(std::min(1.0, std::sin(radiusKm / kEarthRadiusKm) / std::cos(radians(centre.lat)))));
    if (centre.lng - dLng >= -180.0 && centre.lng + dLng <= 180.0) {
        box.minLng = centre.lng - dLng;
        box.maxLng = centre.lng + dLng;
    }
    return box;
}

bool GeoDistance::nearer(const std::optional<double>& a, const std::optional<double>& b)
{
    if (a && b) {
        return *a < *b;
    }
    return a.has_value() && !b.has_value();
}

} // namespace baartal::core
