// Bengali cues for the compare stage (src/compare/cues.ts): what kind of figure a number is.
import type { CompareCues } from "../types.js";

export const compare: CompareCues = {
  runningTotal: ["শুরু থেকে", "শুরুর পর থেকে", "শুরুর পর", "এ পর্যন্ত", "এখন পর্যন্ত", "এযাবৎ", "চলতি বছর", "এ বছর", "সাল থেকে", "যুদ্ধ শুরুর পর থেকে"],
  rising: ["বেড়ে দাঁড়িয়েছে", "বেড়ে", "দাঁড়িয়েছে", "বৃদ্ধি পেয়ে"],
  night: ["রাতে", "রাত", "গভীর রাতে", "গতরাতে", "গত রাতে", "রাতারাতি", "ভোরে", "মধ্যরাতে"],
  background: ["জনসংখ্যা", "বাস করেন", "বসবাস করেন", "জনবসতি"],
  rank: ["অন্যতম", "গুলোর একটি", "গুলির একটি", "মধ্যে একটি"],
};
