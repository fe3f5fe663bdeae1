# Sources of core/graph (owned by that area).
