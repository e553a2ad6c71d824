export type { CategoriesByType, CategoriesResource } from './categories.js'
export { categories } from './categories.js'
