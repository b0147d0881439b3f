package com.safeward.personaldata;

/** 证件类型. Resident ID numbers are checked strictly; the others for length and characters. */
public enum DocumentType {
    RESIDENT_ID, PASSPORT, HK_MACAO_PASS, TAIWAN_PASS, FOREIGN_PERMANENT_RESIDENT, OTHER
}
