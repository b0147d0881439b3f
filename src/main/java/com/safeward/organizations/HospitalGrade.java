package com.safeward.organizations;

/** 医院等级: 一级 / 二级 / 三级, or not graded (e.g. community health centres). */
public enum HospitalGrade {
    LEVEL_1, LEVEL_2, LEVEL_3, UNGRADED
}
