package com.computefolio; public final class Launcher { public static void main(String[] a){} }
