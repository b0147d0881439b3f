package com.safeward.organizations;

/** 甲 / 乙 / 丙 within a grade. */
public enum GradeClass {
    A, B, C
}
