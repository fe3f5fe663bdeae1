# Sources of core/python (owned by that area).
