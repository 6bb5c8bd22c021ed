namespace RmmHunt.Kql.Symbols.Catalog;

/// <summary>
/// KQL functions that exist in Kusto but are not implemented here, so that a query using one is told
/// "not supported" rather than "unknown function". The names are those of the functions the KQL
/// documentation's examples and the reference hunting corpus call (reference/kql/conformance manifest,
/// reference/kql/frequency.md), plus Defender's built-in functions.
/// </summary>
public static class UnsupportedFunctions
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "FileProfile", "DeviceFromIP", "AssignedIPAddresses", "SeenBy",
        "all", "around", "beta_cdf", "beta_inv", "beta_pdf", "bin_auto", "broadcast", "buildschema", "column_names_of",
        "convert_angle", "convert_energy", "convert_force", "convert_length", "convert_mass", "convert_speed",
        "convert_temperature", "convert_volume", "covariance", "covarianceif", "current_cluster_endpoint",
        "current_database", "current_principal", "current_principal_details", "current_principal_is_member_of",
        "cursor_after", "cursor_before_or_at", "cursor_current", "datetime_list_timezones", "dcount_hll", "erf", "erfc",
        "estimate_data_size", "extent_id", "extent_tags", "external_data", "gamma", "geo_angle", "geo_azimuth",
        "geo_closest_point_on_line", "geo_closest_point_on_polygon", "geo_distance_2points",
        "geo_distance_point_to_line", "geo_distance_point_to_polygon", "geo_from_wkt", "geo_geohash_neighbors",
        "geo_geohash_to_central_point", "geo_geohash_to_polygon", "geo_h3cell_children", "geo_h3cell_level",
        "geo_h3cell_neighbors", "geo_h3cell_parent", "geo_h3cell_rings", "geo_h3cell_to_central_point",
        "geo_h3cell_to_polygon", "geo_intersection_2lines", "geo_intersection_2polygons",
        "geo_intersection_line_with_polygon", "geo_intersects_2lines", "geo_intersects_2polygons",
        "geo_intersects_line_with_polygon", "geo_line_buffer", "geo_line_centroid", "geo_line_densify",
        "geo_line_interpolate_point", "geo_line_length", "geo_line_simplify", "geo_point_buffer", "geo_point_in_circle",
        "geo_point_in_polygon", "geo_point_to_geohash", "geo_point_to_h3cell", "geo_point_to_s2cell",
        "geo_polygon_area", "geo_polygon_buffer", "geo_polygon_centroid", "geo_polygon_densify",
        "geo_polygon_perimeter", "geo_polygon_simplify", "geo_polygon_to_h3cells", "geo_polygon_to_s2cells",
        "geo_s2cell_neighbors", "geo_s2cell_to_central_point", "geo_s2cell_to_polygon", "geo_simplify_polygons_array",
        "geo_union_lines_array", "geo_union_polygons_array", "gzip_compress_to_base64_string", "hash_combine",
        "hash_many", "hll", "hll_merge", "inner_nodes", "ipv4_range_to_cidr_list", "ipv6_compare", "ipv6_is_in_range",
        "ipv6_is_match", "loggamma", "make_dictionary", "map", "merge_tdigest", "node_degree_in",
        "node_degree_out", "none", "parse_ipv6", "parse_ipv6_mask", "parse_user_agent", "parse_version",
        "percentile_tdigest", "percentilesw", "percentilesw_array", "percentilew",
        "punycode_domain_from_string", "punycode_domain_to_string", "punycode_from_string", "punycode_to_string",
        "row_rank", "row_rank_dense", "row_rank_min", "row_window_session", "series_abs",
        "series_acos", "series_ceiling", "series_decompose", "series_decompose_anomalies", "series_decompose_forecast", "series_divide", "series_equals", "series_exp",
        "series_fill_backward", "series_fill_const", "series_fill_forward", "series_fill_linear", "series_fit_2lines", "series_fit_2lines_dynamic", "series_fit_line",
        "series_fit_line_dynamic", "series_fit_poly", "series_floor", "series_outliers",
        "series_greater_equals", "series_iir", "series_less", "series_log", "series_not_equals",
        "series_pearson_correlation", "series_periods_detect", "series_seasonal", "series_stats",
        "series_stats_dynamic", "series_sum", "tdigest", "tdigest_merge", "union", "view", "weekofyear", "welch_test",
        "zlib_compress_to_base64_string",
    };

    /// <summary>Why a family of unsupported functions is not implemented, for the error message.</summary>
    public static string? Reason(string name) => name switch
    {
        "FileProfile" or "DeviceFromIP" or "AssignedIPAddresses" or "SeenBy" =>
            "it is a Defender advanced-hunting function that reads Microsoft's cloud data",
        "row_rank_dense" or "row_rank_min" or "row_rank" or "row_window_session" =>
            "this window function is not implemented (prev, next, row_number and row_cumsum are)",
        "hll" or "hll_merge" or "dcount_hll" or "tdigest" or "tdigest_merge" or "merge_tdigest" or "percentile_tdigest" =>
            "it works on Kusto's HyperLogLog or t-digest sketches, whose binary format is not reproduced",
        "weekofyear" => "its non-ISO week numbering is not documented; use week_of_year()",
        "zlib_compress_to_base64_string" or "gzip_compress_to_base64_string" =>
            "a compressor's output bytes are not unique, so the result could not match Kusto's",
        "current_cluster_endpoint" or "current_database" or "current_principal" or "cursor_after" or "cursor_current"
            or "extent_id" or "extent_tags" or "estimate_data_size" => "it describes the cloud engine's session or storage, which do not exist offline",
        "view" or "union" => null,
        // series-decompose-anomaliesfunction.md: seasonality -1 (the default, and every published use) is detected
        // by series_periods_detect, whose scoring the docs do not specify; an approximation would flag other points.
        "series_decompose" or "series_decompose_anomalies" or "series_decompose_forecast" or "series_periods_detect" =>
            "its seasonality detection (series_periods_detect) is not specified exactly enough to reproduce Kusto's results",
        _ when name.StartsWith("series_", StringComparison.Ordinal) =>
            "this series function is not implemented",
        _ when name.StartsWith("geo_", StringComparison.Ordinal) => "geospatial functions are not implemented",
        _ => null,
    };
}
