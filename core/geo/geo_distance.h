#pragma once

#include <optional>

namespace baartal::core {

// A position on the map in decimal degrees (WGS 84), as a phone's location or a shop's pin gives it.
// Distances are for showing and sorting shops, never for money.
struct GeoPoint {
    double lat = 0.0;
    double lng = 0.0;

    // Latitude within [-90, 90] and longitude within [-180, 180], both finite.
    bool isValid() const;
};

// The latitude and longitude ranges that hold every point within a radius of a centre: a cheap
// pre-filter for a database query, refined by distanceKm().
struct GeoBox {
    double minLat = 0.0;
    double maxLat = 0.0;
    double minLng = 0.0;
    double maxLng = 0.0;
};

class GeoDistance {
public:
    GeoDistance() = delete;

    static constexpr double kEarthRadiusKm = 6371.0088; // mean radius

    // Great-circle (haversine) distance in kilometres.
    static double distanceKm(GeoPoint a, GeoPoint b);

    // The box around centre covering radiusKm; near a pole or the antimeridian it widens to every
    // longitude rather than wrapping.
    static GeoBox boundingBox(GeoPoint centre, double radiusKm);

    // A sort order of distances: known ones ascending, before every unknown one.
    static bool nearer(const std::optional<double>& a, const std::optional<double>& b);
};

} // namespace baartal::core
